"""The deny list at reception: the manager's list of entries with the form that adds one
(``panel``, ``dialog``, ``models``), and the alert every desk shows for a check-in the list
held, with Admit and Turn away (``held_alert``)."""
