"""Reception's organisations: the building's tenants, agencies and partners listed and
searched (``panel``), one added or changed (``dialog``), a list imported from a CSV or XLSX
file (``importing``), their words (``texts``) and Qt model (``models``). The same operations
as ``gic-kiosk org`` (:mod:`kiosk.cli.organizations`)."""
