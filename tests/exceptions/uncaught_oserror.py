open('/no/such/file/here.txt')
