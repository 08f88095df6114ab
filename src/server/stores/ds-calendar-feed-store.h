/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* A customer's private calendar feed: the token in its URL, which a
 * calendar app reads without signing in. The visits it holds are the
 * visit store's (ds_visit_store_list_for_feed()). */

gboolean  ds_calendar_feed_store_get     (DsDb         *db,
                                          const char   *customer_id,
                                          char        **created_at,
                                          GError      **error);
char     *ds_calendar_feed_store_reset   (DsDb         *db,
                                          const char   *customer_id,
                                          char        **created_at,
                                          GError      **error);
char     *ds_calendar_feed_store_require (DsDb         *db,
                                          const char   *token,
                                          char        **created_at,
                                          GError      **error);

G_END_DECLS
