"""Reception's invitations: the guests expected today and on the days ahead, each one's code
and state; invite (a guest or a delegation), cancel, print the slip."""
