/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

gboolean ds_customer_store_exists (DsDb        *db,
                                   const char  *customer_id,
                                   gboolean    *exists,
                                   GError     **error);

G_END_DECLS
