/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* Marks: a counter per owner (a customer's id, or "*" for everyone's)
 * and topic (a bit of a DsTopics set), moved by every write in its own
 * transaction. A read's answer is kept under the marks it depends on. */

#define DS_MARK_OWNER_ALL "*"

char     *ds_mark_store_version (DsDb        *db,
                                 const char  *owner,
                                 guint        topics,
                                 GError     **error);
gboolean  ds_mark_store_bump    (DsDb        *db,
                                 const char  *owner,
                                 guint        topics,
                                 GError     **error);
gboolean  ds_mark_store_bumps_in_transaction (DsDb *db);

G_END_DECLS
