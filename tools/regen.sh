#!/bin/sh
# Regenerates the files derived from src/compiler/opcodes.def:
#   lib/opcode.py     the opcode tables dis uses
#   docs/bytecode.md  every instruction with its operand, stack effect and meaning
# `make regen` runs it; CI checks that the committed files are current.
set -e
cd "$(dirname "$0")/.."
def=src/compiler/opcodes.def
ops=$(grep '^OP(' "$def")
{
  echo '"""Krait'"'"'s opcode tables, generated from src/compiler/opcodes.def by'
  echo 'tools/regen.sh (make regen).  Do not edit by hand."""'
  echo
  echo '__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",'
  echo '           "haslocal", "hascompare", "hasfree", "hasexc", "opname", "opmap",'
  echo '           "stack_effect", "HAVE_ARGUMENT", "EXTENDED_ARG"]'
  echo
  echo 'from _opcode import stack_effect'
  echo
  echo 'cmp_op = ("<", "<=", "==", "!=", ">", ">=")'
  echo 'opname = ['
  echo "$ops" | sed -E 's/^OP\(([A-Z_0-9]+),.*/    "\1",/'
  echo ']'
  echo 'opname += ["<%r>" % (op,) for op in range(len(opname), 256)]'
  echo 'opmap = {name: op for op, name in enumerate(opname) if not name.startswith("<")}'
  for cls in ARG CONST NAME LOCAL FREE JUMP CMP; do
    lower=$(echo $cls | tr A-Z a-z)
    case $cls in ARG) var=hasarg;; CONST) var=hasconst;; NAME) var=hasname;; LOCAL) var=haslocal;;
      FREE) var=hasfree;; JUMP) var=hasjabs;; CMP) var=hascompare;; esac
    list=$(echo "$ops" | awk -v c="$cls" -F, '{ f=$2; gsub(/ /, "", f); n=split(f, parts, "|"); for (i=1;i<=n;i++) if (parts[i]==c) { name=$1; sub(/^OP\(/, "", name); printf "opmap[\"%s\"], ", name } }')
    echo "$var = [$list]"
  done
  echo 'hasjrel = []'
  echo 'hasexc = []'
  echo 'HAVE_ARGUMENT = 0'
  echo 'EXTENDED_ARG = opmap["EXTENDED_ARG"]'
} > lib/opcode.py
{
  echo '# Krait bytecode'
  echo
  echo 'Generated from `src/compiler/opcodes.def` by `tools/regen.sh` (`make regen`).'
  echo
  echo 'An instruction is one 32-bit word: the opcode in the low 8 bits and the'
  echo 'operand in the high 24 bits, so no `EXTENDED_ARG` prefix is ever needed.'
  echo 'Offsets in `co_code` and in `dis` listings are byte offsets, 4 per instruction;'
  echo 'jump operands are absolute instruction indexes (`dis` shows them as byte offsets).'
  echo 'Stack pictures read bottom ... top, before -- after.'
  echo
  echo '| # | instruction | operand | stack | meaning |'
  echo '| --- | --- | --- | --- | --- |'
  echo "$ops" | awk '
    { line=$0; sub(/^OP\(/, "", line);
      name=line; sub(/,.*/, "", name);
      rest=line; sub(/^[^,]*, */, "", rest);
      flags=rest; sub(/,.*/, "", flags); gsub(/ /, "", flags);
      sub(/^[^,]*, */, "", rest);
      n=split(rest, q, "\"");
      effect=q[2]; doc=q[4];
      operand="-";
      if (flags ~ /CONST/) operand="index into co_consts";
      else if (flags ~ /NAME/) operand="index into co_names";
      else if (flags ~ /LOCAL/) operand="localsplus slot";
      else if (flags ~ /FREE/) operand="cell or free slot";
      else if (flags ~ /JUMP/) operand="target instruction";
      else if (flags ~ /CMP/) operand="comparison 0..5";
      else if (flags ~ /ARG/) operand="count / flags";
      gsub(/\|/, "\\|", doc); gsub(/\|/, "\\|", effect);
      printf "| %d | `%s` | %s | `%s` | %s |\n", NR-1, name, operand, effect, doc }'
} > docs/bytecode.md
echo "regenerated lib/opcode.py and docs/bytecode.md"
