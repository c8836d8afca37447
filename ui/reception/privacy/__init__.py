"""Reception's privacy requests (a manager's): find a person, export, erase, withdraw consent,
and the register of requests with their deadlines."""
