# heat-twin messages: saved (en)
saved-title = Your scenarios
saved-name-label = Name
saved-save = Save
saved-default-name = My scenario
saved-empty = No saved scenarios yet. They are kept in this browser only.
saved-saved = Saved “{ $name }”.
saved-saved-as = Saved as “{ $name }”: the name “{ $given }” was already used.
saved-invalid = This scenario has problems ({ $problems }): fix them before saving.
saved-cannot-save = The scenario could not be saved: it did not read back as a valid scenario. Change a control and try again.
saved-file-note = The uploaded weather file “{ $file }” is not saved with the scenario: after loading it, upload the file again with the weather control.
saved-needs-file = needs the weather file “{ $file }”
saved-on = saved { $date }
saved-list-label = Saved scenarios
saved-load = Load
saved-loaded = Loaded “{ $name }”.
saved-load-failed = “{ $name }” could not be loaded: { $problems }.
saved-rename = Rename
saved-new-name = New name
saved-rename-confirm = Save name
saved-rename-empty = The new name is empty: type a name, or press Cancel.
saved-renamed = Renamed to “{ $name }”.
saved-cancel = Cancel
saved-delete = Delete
saved-delete-ask = Delete “{ $name }”? This cannot be undone.
saved-delete-yes = Yes, delete
saved-deleted = Deleted “{ $name }”.
saved-write-failed = But the browser's storage refused it (full, or blocked in private browsing): the change lasts only until you reload. Delete some saved scenarios or allow storage for this page.
saved-unavailable = This browser does not let the page use its storage (private browsing, or storage blocked): scenarios you save last only until you reload.
saved-unreadable-json = The saved scenarios in this browser could not be read, as they are not JSON ({ $error }), so they were skipped. Your next save keeps a copy of the old text under the key “{ $key }”.
saved-unreadable-list = The saved scenarios in this browser could not be read, as they are not a list (perhaps another app's data), so they were skipped. Your next save keeps a copy of the old text under the key “{ $key }”.
saved-skipped = { $count ->
    [one] 1 saved entry was skipped
   *[other] { $count } saved entries were skipped
  } ({ $reasons }). Unreadable entries are left untouched in storage; remove them with the button below.
saved-skip-entry = entry { $n }: { $why }
saved-why-not-object = it is not an object with a name, a saved_at date and a scenario
saved-why-name = its name is missing or not text
saved-why-date = its saved_at date is missing or not text
saved-why-no-scenario = it has no scenario
saved-why-scenario = its scenario is not valid: { $problems }
saved-discard = Remove the unreadable entries
saved-discarded = Removed the unreadable entries.
