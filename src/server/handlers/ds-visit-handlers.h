/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

extern const DsInput ds_reschedule_input;
extern const DsInput ds_cancel_input;

DsReply *ds_visits_ics_handler        (DsCall *call, gpointer input, GError **error);
DsReply *ds_visits_reschedule_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_visits_cancel_handler     (DsCall *call, gpointer input, GError **error);

G_END_DECLS
