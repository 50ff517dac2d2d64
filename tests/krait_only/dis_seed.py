# The seed's dis example: Krait's own instructions in CPython's layout.
import dis

def add(a, b):
    return a + b

dis.dis(add)
print()
for ins in dis.get_instructions(add):
    print(ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.starts_line, ins.is_jump_target)
print(dis.code_info(add))
