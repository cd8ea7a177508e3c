# heat-twin messages: app (en)
app-language = Language
