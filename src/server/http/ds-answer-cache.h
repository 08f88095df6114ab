/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DsAnswerCache DsAnswerCache;

/* One answer as it was sent: a 200 with its body, type and the headers its
 * handler set. */
typedef struct {
  GBytes  *body;
  char    *content_type;
  GStrv    headers;       /* name, value, name, value, ... */
} DsAnswer;

DsAnswerCache  *ds_answer_cache_new        (gsize            max_bytes,
                                            guint            lifetime_seconds);
void            ds_answer_cache_free       (DsAnswerCache   *cache);
gboolean        ds_answer_cache_lookup     (DsAnswerCache   *cache,
                                            const char      *version,
                                            const char      *key,
                                            gint64           now,
                                            DsAnswer        *answer);
void            ds_answer_clear            (DsAnswer        *answer);
gboolean        ds_answer_cache_store      (DsAnswerCache   *cache,
                                            const char      *version,
                                            const char      *key,
                                            gint64           now,
                                            GBytes          *body,
                                            const char      *content_type,
                                            GStrv            headers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsAnswerCache, ds_answer_cache_free)

G_END_DECLS
