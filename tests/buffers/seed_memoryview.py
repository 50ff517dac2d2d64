# Seed example 6: a memory view reads and writes the bytearray in place.
arr = bytearray(b'Hello world!')
mv = memoryview(arr)
print(mv[0])  # Output: 72, ASCII value of 'H'
mv[0] = 74     # Modifies the first byte to the ASCII value of 'J'
print(arr)  # Output: bytearray(b'Jello world!')
view = mv[1:5]
print(view.obj is arr, bytes(view))
