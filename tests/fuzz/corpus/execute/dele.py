class A:
 def __del__(s): global r; r=s
a=A(); del a
