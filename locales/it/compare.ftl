# heat-twin messages: compare (it)
