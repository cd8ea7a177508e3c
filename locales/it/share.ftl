# heat-twin messages: share (it)
