# Python 3.12 f-strings: reused quotes, nesting, multi-line fields
songs = ['a', 'b']
print(f"{", ".join(songs)}")
print(f"{f"{f"{1}"}"}")
print(f"{
    1 +
    2
}")
print(f'''{
x if (x := 3) else 0
}''')
d = {'k': 'v'}
print(f"{d["k"]}")
print(f"{'\n'.join(['x', 'y'])}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda x: x * 2)(4)}")
print(f"{1:{2}{3}}")
