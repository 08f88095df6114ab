/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

extern const DsInput ds_new_note_input;
extern const DsInput ds_note_change_input;

DsReply *ds_notes_list_handler   (DsCall *call, gpointer input, GError **error);
DsReply *ds_notes_create_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_notes_update_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_notes_delete_handler (DsCall *call, gpointer input, GError **error);

G_END_DECLS
