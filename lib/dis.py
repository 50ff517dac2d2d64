"""Disassembler of Krait bytecode.

The listing has CPython's layout (line numbers, '>>' on jump targets,
offsets, names padded to 20, arguments right-aligned to 5, details in
parentheses, an exception table), over Krait's own instruction set: one
4-byte word per instruction, opcode in the low byte and a 24-bit operand,
jump operands being absolute instruction indexes (shown as byte offsets).
"""

import sys
from opcode import (opname, opmap, cmp_op, hasarg, hasconst, hasname, hasjrel,
                    hasjabs, haslocal, hasfree, hascompare, hasexc, stack_effect,
                    HAVE_ARGUMENT, EXTENDED_ARG)
import _opcode

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           "opname", "opmap", "cmp_op", "hasarg", "hasconst", "hasname", "hasjrel",
           "hasjabs", "haslocal", "hasfree", "hascompare", "hasexc", "stack_effect",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "pretty_flags"]

_INSTR_SIZE = 4
_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
_nb_ops = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^']
_nb_ops = _nb_ops + [op + '=' for op in _nb_ops]

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_LOAD_GLOBAL = opmap['LOAD_GLOBAL']
_LOAD_ATTR = opmap['LOAD_ATTR']
_FORMAT_VALUE = opmap['FORMAT_VALUE']
_MAKE_FUNCTION = opmap['MAKE_FUNCTION']
_BINARY_OP = opmap['BINARY_OP']
_CALL_INTRINSIC_1 = opmap['CALL_INTRINSIC_1']
_CALL_INTRINSIC_2 = opmap['CALL_INTRINSIC_2']
# the operands of CALL_INTRINSIC_1/2 (src/compiler/compiler.h), CPython's
# names and numbers; Krait uses only some and adds LOAD_FROM_DICT_OR_GLOBALS
_intrinsic_1_descs = ['INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR',
                      'INTRINSIC_STOPITERATION_ERROR', 'INTRINSIC_ASYNC_GEN_WRAP',
                      'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR',
                      'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE',
                      'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS']
_intrinsic_2_descs = ['INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR',
                      'INTRINSIC_TYPEVAR_WITH_BOUND', 'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS',
                      'INTRINSIC_SET_FUNCTION_TYPE_PARAMS', 'INTRINSIC_LOAD_FROM_DICT_OR_GLOBALS']
_hasarg = set(hasarg)
_hasconst = set(hasconst)
_hasname = set(hasname)
_hasjump = set(hasjabs)
_haslocal = set(haslocal) | set(hasfree)
_hascompare = set(hascompare)


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


class Positions(tuple):
    """(lineno, end_lineno, col_offset, end_col_offset) of an instruction."""

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return ('Positions(lineno=%r, end_lineno=%r, col_offset=%r, end_col_offset=%r)'
                % tuple(self))


_FIELDS = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
           'is_jump_target', 'positions')


class Instruction(tuple):
    """Details of one bytecode instruction.

      opname - human readable name for operation
      opcode - numeric code for operation
      arg - numeric argument to operation (if any), otherwise None
      argval - resolved arg value (if known), otherwise same as arg
      argrepr - human readable description of operation argument
      offset - start index of operation within bytecode sequence
      starts_line - line started by this opcode (if any), otherwise None
      is_jump_target - True if other code jumps to here, otherwise False
      positions - Optional dis.Positions object holding the span of source code
                  covered by this instruction
    """

    def __new__(cls, opname, opcode, arg, argval, argrepr, offset, starts_line,
                is_jump_target, positions=None):
        return tuple.__new__(cls, (opname, opcode, arg, argval, argrepr, offset,
                                   starts_line, is_jump_target, positions))

    opname = property(lambda self: self[0])
    opcode = property(lambda self: self[1])
    arg = property(lambda self: self[2])
    argval = property(lambda self: self[3])
    argrepr = property(lambda self: self[4])
    offset = property(lambda self: self[5])
    starts_line = property(lambda self: self[6])
    is_jump_target = property(lambda self: self[7])
    positions = property(lambda self: self[8])

    def __repr__(self):
        return 'Instruction(%s)' % ', '.join('%s=%r' % (f, v) for f, v in zip(_FIELDS, self))

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(('%' + str(lineno_width) + 'd') % self.starts_line)
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _get_code_object(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


def _localsplus_names(co):
    varnames = co.co_varnames
    cells = tuple(c for c in co.co_cellvars if c not in varnames)
    return varnames + cells + co.co_freevars


def _unpack(code):
    for i in range(0, len(code) - _INSTR_SIZE + 1, _INSTR_SIZE):
        op = code[i]
        if op in _hasarg:
            arg = code[i + 1] | (code[i + 2] << 8) | (code[i + 3] << 16)
        else:
            arg = None
        yield i, op, arg


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets."""
    labels = []
    for offset, op, arg in _unpack(code):
        if arg is not None and op in _hasjump:
            label = arg * _INSTR_SIZE
            if label not in labels:
                labels.append(label)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _parse_exception_table(co):
    return list(_opcode._exception_table(co))


def _get_instructions_bytes(code, localsplus=None, names=None, co_consts=None,
                            linestarts=None, line_offset=0, exception_entries=(),
                            co_positions=None):
    co_positions = co_positions or iter(())
    labels = set(findlabels(code))
    for start, end, target, _, _ in exception_entries:
        labels.add(target)
    for offset, op, arg in _unpack(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset, None)
            if starts_line is not None:
                starts_line += line_offset
        argval = None
        argrepr = ''
        positions = Positions(*next(co_positions, ()))
        if arg is not None:
            argval = arg
            if op in _hasconst:
                argval = co_consts[arg] if co_consts is not None else UNKNOWN
                argrepr = repr(argval) if co_consts is not None else ''
            elif op in _hasname:
                if op == _LOAD_GLOBAL:
                    argval = names[arg >> 1] if names is not None else UNKNOWN
                    argrepr = argval if names is not None else ''
                    if (arg & 1) and argrepr:
                        argrepr = argrepr + " + NULL"
                elif op == _LOAD_ATTR:
                    argval = names[arg >> 1] if names is not None else UNKNOWN
                    argrepr = argval if names is not None else ''
                    if (arg & 1) and argrepr:
                        argrepr = argrepr + " + NULL|self"
                else:
                    argval = names[arg] if names is not None else UNKNOWN
                    argrepr = argval if names is not None else ''
            elif op in _hasjump:
                argval = arg * _INSTR_SIZE
                argrepr = "to " + repr(argval)
            elif op in _haslocal:
                if localsplus is not None and arg < len(localsplus):
                    argval = argrepr = localsplus[arg]
            elif op in _hascompare:
                argval = cmp_op[arg] if arg < len(cmp_op) else arg
                argrepr = str(argval)
            elif op == _FORMAT_VALUE:
                argval, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
                argval = (argval, bool(arg & 0x4))
                if argval[1]:
                    if argrepr:
                        argrepr += ', '
                    argrepr += 'with format'
            elif op == _MAKE_FUNCTION:
                argrepr = ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS)
                                    if arg & (1 << i))
            elif op == _BINARY_OP:
                argrepr = _nb_ops[arg] if arg < len(_nb_ops) else ''
            elif op == _CALL_INTRINSIC_1 or op == _CALL_INTRINSIC_2:
                descs = _intrinsic_1_descs if op == _CALL_INTRINSIC_1 else _intrinsic_2_descs
                argrepr = descs[arg] if arg < len(descs) else ''
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, starts_line,
                          offset in labels, positions)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code."""
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    return _get_instructions_bytes(co.co_code, _localsplus_names(co), co.co_names,
                                   co.co_consts, linestarts, line_offset,
                                   _parse_exception_table(co), co.co_positions())


def _disassemble_bytes(code, lasti=-1, localsplus=None, names=None, co_consts=None,
                       linestarts=None, *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None):
    show_lineno = bool(linestarts)
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = len(code) - _INSTR_SIZE
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, localsplus, names, co_consts, linestarts,
                                         line_offset, exception_entries, co_positions):
        if show_lineno and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for start, end, target, depth, lasti_flag in exception_entries:
            last = " lasti" if lasti_flag else ""
            print(f"  {start} to {end - _INSTR_SIZE} -> {target} [{depth}]{last}", file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble_bytes(co.co_code, lasti, _localsplus_names(co), co.co_names, co.co_consts,
                       dict(findlinestarts(co)), file=file,
                       exception_entries=_parse_exception_table(co),
                       co_positions=co.co_positions())


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code or source."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if hasattr(x, '__dict__'):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if hasattr(x1, '__func__') or hasattr(x1, '__code__') or hasattr(x1, 'co_code') \
                    or isinstance(x1, (classmethod, staticmethod, type)):
                if isinstance(x1, (classmethod, staticmethod)):
                    x1 = x1.__func__
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            if hasattr(sys, 'last_exc'):
                tb = sys.last_exc.__traceback__
            else:
                tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class Bytecode:
    """The bytecode operations of a piece of code; iterating yields Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(co.co_code, _localsplus_names(co), co.co_names,
                                       co.co_consts, self._linestarts, self._line_offset,
                                       self.exception_entries, co.co_positions())

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        lines = []

        class _Collect:
            def write(self, s):
                lines.append(s)

        _disassemble_bytes(co.co_code, self.current_offset if self.current_offset is not None else -1,
                           _localsplus_names(co), co.co_names, co.co_consts,
                           self._linestarts, file=_Collect(), line_offset=self._line_offset,
                           exception_entries=self.exception_entries,
                           co_positions=co.co_positions())
        return ''.join(lines)


def _main():
    args = sys.argv[1:]
    if not args or args[0] == '-':
        source = sys.stdin.read()
        name = '<stdin>'
    else:
        name = args[0]
        with open(name) as f:
            source = f.read()
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _main()
