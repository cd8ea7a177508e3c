# heat-twin messages: method (it)
