from sarcoref.cli import main

raise SystemExit(main())
