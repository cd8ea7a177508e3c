# heat-twin messages: method (en)
