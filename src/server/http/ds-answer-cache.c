/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-answer-cache.h"

/* Answers to reads, kept so that the same read is not worked out again
 * while nothing it could depend on has changed.
 *
 * Every answer is kept under the version of the data it was worked out
 * from: the marks of the customer and topics it read (ds-mark-store.c),
 * which every write moves in its own transaction, by this process or any
 * other. An answer is only given back under the same version; one kept
 * under another is dropped when next asked for. What changes with the
 * clock alone (a quote's expiry, a visit moving from upcoming to past) is
 * at most the lifetime late, which is far below the minute those states
 * are kept to.
 *
 * The cache holds at most max_bytes of answers, dropping the least
 * recently used first; an answer larger than a sixteenth of that is not
 * kept at all. Which requests may use it is the dispatcher's business
 * (ds-dispatch.c): the key must name everything an answer depends on
 * besides the data. Worker threads share it, under its mutex. */

struct _DsAnswerCache {
  GMutex      lock;
  gsize       max_bytes;
  gint64      lifetime_us;
  GHashTable *entries;      /* key -> Entry */
  GQueue      recent;       /* Entry, most recently used first */
  gsize       bytes;
};

typedef struct {
  DsAnswer  answer;
  char     *key;
  char     *version;
  gint64    expires;        /* monotonic µs */
  gsize     bytes;
  GList     link;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_bytes_unref (entry->answer.body);
  g_free (entry->answer.content_type);
  g_strfreev (entry->answer.headers);
  g_free (entry->key);
  g_free (entry->version);
  g_free (entry);
}

/**
 * ds_answer_cache_new:
 * @max_bytes: what the answers kept may take; 0 keeps none
 * @lifetime_seconds: how long an answer is good for while the data stays
 *   the same
 */
DsAnswerCache *
ds_answer_cache_new (gsize max_bytes,
                     guint lifetime_seconds)
{
  DsAnswerCache *cache = g_new0 (DsAnswerCache, 1);

  g_mutex_init (&cache->lock);
  cache->max_bytes = max_bytes;
  cache->lifetime_us = (gint64) lifetime_seconds * G_USEC_PER_SEC;
  cache->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  g_queue_init (&cache->recent);
  return cache;
}

static void
clear (DsAnswerCache *cache)
{
  /* The queue's links live in the entries the table frees. */
  g_queue_init (&cache->recent);
  g_hash_table_remove_all (cache->entries);
  cache->bytes = 0;
}

void
ds_answer_cache_free (DsAnswerCache *cache)
{
  if (cache == NULL)
    return;
  clear (cache);
  g_hash_table_unref (cache->entries);
  g_mutex_clear (&cache->lock);
  g_free (cache);
}

static void
remove_entry (DsAnswerCache *cache,
              Entry         *entry)
{
  g_queue_unlink (&cache->recent, &entry->link);
  cache->bytes -= entry->bytes;
  g_hash_table_remove (cache->entries, entry->key);
}

static gboolean
lookup_locked (DsAnswerCache *cache,
               const char    *version,
               const char    *key,
               gint64         now,
               DsAnswer      *answer)
{
  Entry *entry = g_hash_table_lookup (cache->entries, key);

  if (entry == NULL)
    return FALSE;
  if (now >= entry->expires || !g_str_equal (entry->version, version))
    {
      remove_entry (cache, entry);
      return FALSE;
    }
  g_queue_unlink (&cache->recent, &entry->link);
  g_queue_push_head_link (&cache->recent, &entry->link);
  answer->body = g_bytes_ref (entry->answer.body);
  answer->content_type = g_strdup (entry->answer.content_type);
  answer->headers = g_strdupv (entry->answer.headers);
  return TRUE;
}

/**
 * ds_answer_cache_lookup:
 * @version: the data version the request reads
 * @now: monotonic µs
 *
 * @answer: (out caller-allocates): filled with what was kept, to clear
 *   with ds_answer_clear()
 *
 * Returns: whether an answer is kept for @key under @version, still
 *   within its lifetime
 */
gboolean
ds_answer_cache_lookup (DsAnswerCache *cache,
                        const char    *version,
                        const char    *key,
                        gint64         now,
                        DsAnswer      *answer)
{
  gboolean found;

  g_mutex_lock (&cache->lock);
  found = lookup_locked (cache, version, key, now, answer);
  g_mutex_unlock (&cache->lock);
  return found;
}

void
ds_answer_clear (DsAnswer *answer)
{
  g_clear_pointer (&answer->body, g_bytes_unref);
  g_clear_pointer (&answer->content_type, g_free);
  g_clear_pointer (&answer->headers, g_strfreev);
}

static gsize
headers_size (GStrv headers)
{
  gsize size = 0;

  for (guint i = 0; headers != NULL && headers[i] != NULL; i++)
    size += strlen (headers[i]) + 1 + sizeof (char *);
  return size;
}

/**
 * ds_answer_cache_store:
 * @version: the data version the answer was worked out in
 * @body: (transfer none): the answer's body
 * @headers: (transfer none) (nullable): the headers its handler set, in
 *   pairs
 *
 * Keeps the answer, unless it is too large to keep.
 *
 * Returns: whether it was kept
 */
gboolean
ds_answer_cache_store (DsAnswerCache *cache,
                       const char    *version,
                       const char    *key,
                       gint64         now,
                       GBytes        *body,
                       const char    *content_type,
                       GStrv          headers)
{
  Entry *entry, *old;
  gsize bytes;

  bytes = g_bytes_get_size (body) + strlen (key) + strlen (version) + strlen (content_type) +
          headers_size (headers) + sizeof (Entry);
  if (bytes > cache->max_bytes / 16)
    return FALSE;

  g_mutex_lock (&cache->lock);
  old = g_hash_table_lookup (cache->entries, key);
  if (old != NULL)
    remove_entry (cache, old);
  while (cache->bytes + bytes > cache->max_bytes && cache->recent.tail != NULL)
    remove_entry (cache, cache->recent.tail->data);

  entry = g_new0 (Entry, 1);
  entry->answer.body = g_bytes_ref (body);
  entry->answer.content_type = g_strdup (content_type);
  entry->answer.headers = g_strdupv (headers);
  entry->key = g_strdup (key);
  entry->version = g_strdup (version);
  entry->expires = now + cache->lifetime_us;
  entry->bytes = bytes;
  entry->link.data = entry;
  g_queue_push_head_link (&cache->recent, &entry->link);
  g_hash_table_insert (cache->entries, entry->key, entry);
  cache->bytes += bytes;
  g_mutex_unlock (&cache->lock);
  return TRUE;
}
