# heat-twin messages: app (it)
app-language = Lingua
