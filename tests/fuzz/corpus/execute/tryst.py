try:
 pass
except* E as e:
 pass
finally:
 del e
