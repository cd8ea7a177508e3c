# heat-twin messages: share (en)
