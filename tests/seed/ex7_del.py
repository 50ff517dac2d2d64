# Seed example 7: __del__ runs when the last reference goes.
class MyClass:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f'{self.name} is being deleted')

obj = MyClass('Object1')
del obj  # Explicitly deletes the object, triggering __del__.
print('after del')

a = MyClass('Object2')
a = MyClass('Object3')   # rebinding drops Object2
print('after rebinding')

def scope():
    local = MyClass('Object4')
    print('leaving scope')
scope()
print('after scope')

items = [MyClass('A'), MyClass('B'), MyClass('C')]
items.clear()
print('after clear')
del a
print('end')
