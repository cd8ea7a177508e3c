# heat-twin messages: fields (it)
