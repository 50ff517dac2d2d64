# blank lines, comments, continuation, CRLF-free
x = 1 + \
    2 + \
    3
print(x)

# comment only line
    # indented comment line
y = [1,  # comment inside brackets
     2,
# dedented comment
     3]
print(y)
if x:

    print('blank line before')
    # comment

    print('and after')
z = (1
     +
     2)
print(z)
def f(a,
      b):
    return a + \
        b
print(f(1, 2))
s = '''multi
   line
string'''
print(s)
print("done")
