#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every file with a string for translation must be in po/POTFILES, and
# every file listed there must exist.
set -eu
cd "$1"

status=0
for file in $(grep -rlE '(^|[^a-z_])(N?_|g_dgettext|g_dngettext) ?\(|translatable="yes"' \
                src data --include='*.c' --include='*.ui' --include='*.in' --include='*.xml' | sort); do
  if ! grep -qx "$file" po/POTFILES; then
    echo "not ok: $file has translatable strings but is not in po/POTFILES"
    status=1
  fi
done
for file in $(grep -v '^#' po/POTFILES); do
  if [ ! -f "$file" ]; then
    echo "not ok: po/POTFILES lists $file, which does not exist"
    status=1
  fi
done
[ $status -eq 0 ] && echo "po/POTFILES is complete"
exit $status
