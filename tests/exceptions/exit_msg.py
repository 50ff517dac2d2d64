raise SystemExit('goodbye message')
