#!/usr/bin/env bash
# A real CUPS print queue for the print tests: a cups-pdf "printer" that writes every job as a PDF.
#
#   bash scripts/cups-test-printer.sh [QUEUE]        (default queue: gic-test-pdf)
#
# Idempotent. Starts the CUPS scheduler when it is not running (as root: `/usr/sbin/cupsd`, which
# forks into the background; containers have no systemd), waits until `lpstat -r` says it runs,
# then makes QUEUE if it is missing, enabled and accepting jobs. Prints the folder the queue's
# PDFs land in, and nothing else, on standard output; messages go to standard error.
#
# Where the PDFs go: every queue made here uses the cups-pdf *instance* "gictest" (device URI
# `cups-pdf:/gictest`), so cups-pdf reads /etc/cups/cups-pdf-gictest.conf rather than the
# system-wide /etc/cups/cups-pdf.conf (whose `Out ${HOME}/PDF` is left alone). That file sends
# the PDFs to /var/spool/cups-pdf/gic-test/ (override: CUPS_TEST_PDF_OUT), named
# `job_<number>-<title>.pdf` (Label 1; the title is lp's, the file name without .pdf), readable
# by the tests (UserUMask 0022). TitlePref 1 takes the title from lp, not from the %%Title of the
# PostScript CUPS hands to cups-pdf: with the latter, cups-pdf 3.0.1 appends bytes of garbage to
# the file name ("t12345__l_cups-pdf_gic-test.pdf").
#
# Page size: the cups-pdf PPD allows custom sizes (*CustomPageSize True, 36 to 100000 points)
# and has zero hardware margins, so a job sent as kiosk/printing.py sends it (`-o
# PageSize=Custom.62x100mm`, with media= and print-scaling=none) comes out 175.75 x 283.46 pt,
# 62 x 100 mm exactly (cups-pdf renders the job's PostScript through ghostscript's pdfwrite).
# With media= alone, CUPS rounds the custom size to whole points (175 x 283 pt).
#
# Exit status: 0 ready; 2 CUPS is not installed; 3 not root and something needs root (starting
# the scheduler, making the queue); 4 the scheduler did not start.
set -euo pipefail

queue=${1:-gic-test-pdf}
instance=gictest
out=${CUPS_TEST_PDF_OUT:-/var/spool/cups-pdf/gic-test}
conf=/etc/cups/cups-pdf-$instance.conf

say() { echo "cups-test-printer: $*" >&2; }

for tool in lpstat lpadmin cupsenable cupsaccept; do
  if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
    say "CUPS is not installed ($tool missing): run scripts/system-packages.sh"
    exit 2
  fi
done
if [ ! -e /usr/lib/cups/backend/cups-pdf ]; then  # mode 0700: -x is false for users
  say "cups-pdf is not installed: run scripts/system-packages.sh"
  exit 2
fi
PATH=$PATH:/usr/sbin

running() { lpstat -r 2>/dev/null | grep -q 'scheduler is running'; }
is_root() { [ "$(id -u)" -eq 0 ]; }

if ! running; then
  if ! is_root; then
    say "the CUPS scheduler is not running and only root can start it here"
    exit 3
  fi
  say "starting the CUPS scheduler (/usr/sbin/cupsd)"
  mkdir -p /run/cups
  /usr/sbin/cupsd  # daemonises; its log is /var/log/cups/error_log
  for _ in $(seq 100); do
    running && break
    sleep 0.1
  done
  if ! running; then
    say "the CUPS scheduler did not start; see /var/log/cups/error_log"
    exit 4
  fi
fi

wanted_conf="# Written by scripts/cups-test-printer.sh for the kiosk's print tests.
Out $out
Label 1
TitlePref 1
UserUMask 0022
Grp lpadmin
DecodeHexStrings 1"

device=$(lpstat -v "$queue" 2>/dev/null | sed -n 's/^device for [^:]*: //p' || true)
if [ "$device" = "cups-pdf:/$instance" ] && [ -f "$conf" ] \
   && [ "$(cat "$conf")" = "$wanted_conf" ] && [ -d "$out" ]; then
  if lpstat -p "$queue" 2>/dev/null | grep -q 'disabled'; then
    is_root || { say "queue $queue is disabled and only root can enable it"; exit 3; }
    cupsenable "$queue"
  fi
  cupsaccept "$queue" 2>/dev/null || true
  echo "$out"
  exit 0
fi

if ! is_root; then
  say "queue $queue is missing or not set up and only root can make it"
  exit 3
fi
mkdir -p "$out"
chmod 0755 "$out"
printf '%s\n' "$wanted_conf" > "$conf.part"
mv "$conf.part" "$conf"

if [ "$device" != "cups-pdf:/$instance" ]; then
  ppd=$(lpinfo -m 2>/dev/null | awk 'tolower($1) ~ /cups-pdf_noopt\.ppd$/ {print $1; exit}')
  [ -n "$ppd" ] || ppd=$(lpinfo -m 2>/dev/null | awk 'tolower($0) ~ /cups-pdf/ {print $1; exit}')
  if [ -z "$ppd" ]; then
    say "no cups-pdf PPD in 'lpinfo -m': is printer-driver-cups-pdf installed?"
    exit 2
  fi
  say "making queue $queue (cups-pdf:/$instance, $ppd), PDFs in $out"
  # CUPS 2.4 may warn that PPD drivers are deprecated; cups-pdf has no driverless form.
  lpadmin -p "$queue" -E -v "cups-pdf:/$instance" -m "$ppd" -D "Kiosk print tests (PDFs in $out)"
fi
cupsenable "$queue"
cupsaccept "$queue"
echo "$out"
