l=[3,1,2]
class K:
 def __lt__(s,o):
  l.append(1); return True
try: sorted([K(),K(),K()])
except Exception as e: print(e)
