# heat-twin messages: export (en)
