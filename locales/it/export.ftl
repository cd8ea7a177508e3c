# heat-twin messages: export (it)
