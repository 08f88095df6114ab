/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

void ds_files_upload_handler    (DsContext *ctx);
void ds_files_get_handler       (DsContext *ctx);
void ds_files_content_handler   (DsContext *ctx);
void ds_files_thumbnail_handler (DsContext *ctx);
void ds_files_delete_handler    (DsContext *ctx);

G_END_DECLS
