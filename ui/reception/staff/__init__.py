"""The people at reception: signing in (and the first administrator of a fresh install), the
console locking itself when idle, the staff accounts an administrator keeps, and the activity
record a manager reads."""
