/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"

G_BEGIN_DECLS

DsReply *ds_files_upload_handler    (DsCall *call, gpointer input, GError **error);
DsReply *ds_files_get_handler       (DsCall *call, gpointer input, GError **error);
DsReply *ds_files_content_handler   (DsCall *call, gpointer input, GError **error);
DsReply *ds_files_thumbnail_handler (DsCall *call, gpointer input, GError **error);
DsReply *ds_files_delete_handler    (DsCall *call, gpointer input, GError **error);

G_END_DECLS
