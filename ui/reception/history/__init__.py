"""Reception's visit history: past and present visits found by name, phone, organisation,
host, room or pass number within a period (``panel``), and their Qt model (``models``)."""
