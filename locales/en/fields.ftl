# heat-twin messages: fields (en)
