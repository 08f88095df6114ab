/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

extern const DsInput ds_approval_input;
extern const DsInput ds_decline_input;

DsReply *ds_quotes_list_handler    (DsCall *call, gpointer input, GError **error);
DsReply *ds_quotes_counts_handler  (DsCall *call, gpointer input, GError **error);
DsReply *ds_quotes_get_handler     (DsCall *call, gpointer input, GError **error);
DsReply *ds_quotes_approve_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_quotes_decline_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_quotes_pdf_handler     (DsCall *call, gpointer input, GError **error);

G_END_DECLS
