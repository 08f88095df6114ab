/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-calendar-feed.h"

struct _DoorstepCalendarFeed {
  DoorstepRecord  parent_instance;
  gboolean        active;
  GDateTime      *created_at;
  char           *path;
};

G_DEFINE_FINAL_TYPE (DoorstepCalendarFeed, doorstep_calendar_feed, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepCalendarFeed, active, BOOLEAN, "active", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCalendarFeed, created_at, TIMESTAMP, "created_at", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCalendarFeed, path, STRING, "path", OPTIONAL, NULL),
};

static gboolean
doorstep_calendar_feed_parse (DoorstepRecord  *record,
                              JsonObject      *object,
                              GError         **error)
{
  DoorstepCalendarFeed *self = DOORSTEP_CALENDAR_FEED (record);

  /* A feed just made answers its path instead of "active". */
  if (self->path != NULL)
    {
      if (!g_str_has_prefix (self->path, "/") || strpbrk (self->path, "?# \t\r\n") != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "calendar feed path %s is not a path", self->path);
          return FALSE;
        }
      self->active = TRUE;
    }
  if (self->active && self->created_at == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "calendar feed has no created_at");
      return FALSE;
    }
  return TRUE;
}

static void
doorstep_calendar_feed_class_init (DoorstepCalendarFeedClass *klass)
{
  DoorstepRecordClass *record_class = DOORSTEP_RECORD_CLASS (klass);

  record_class->parse = doorstep_calendar_feed_parse;
  doorstep_record_class_set_fields (record_class, "calendar feed", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_calendar_feed_init (DoorstepCalendarFeed *self)
{
}

gboolean doorstep_calendar_feed_get_active (DoorstepCalendarFeed *self) { return self->active; }
GDateTime *doorstep_calendar_feed_get_created_at (DoorstepCalendarFeed *self) { return self->created_at; }
const char *doorstep_calendar_feed_get_path (DoorstepCalendarFeed *self) { return self->path; }

/**
 * doorstep_calendar_feed_url_for_path:
 * @server: the server's address, "https://portal.example.com"
 * @path: a feed's path on it
 *
 * Returns: (transfer full) (nullable): the address calendar apps
 *   subscribe to: webcal:// for http://, webcals:// for https://; %NULL
 *   for a server address that is neither
 */
char *
doorstep_calendar_feed_url_for_path (const char *server,
                                     const char *path)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (server != NULL && path != NULL, NULL);

  base = g_strdup (server);
  while (g_str_has_suffix (base, "/"))
    base[strlen (base) - 1] = '\0';
  if (g_ascii_strncasecmp (base, "https://", 8) == 0)
    return g_strconcat ("webcals://", base + 8, path, NULL);
  if (g_ascii_strncasecmp (base, "http://", 7) == 0)
    return g_strconcat ("webcal://", base + 7, path, NULL);
  return NULL;
}

/**
 * doorstep_calendar_feed_dup_url:
 *
 * Returns: (transfer full) (nullable): the feed's subscription address on
 *   @server, when its path is known (just after it was made)
 */
char *
doorstep_calendar_feed_dup_url (DoorstepCalendarFeed *self,
                                const char           *server)
{
  g_return_val_if_fail (DOORSTEP_IS_CALENDAR_FEED (self), NULL);

  return self->path != NULL && server != NULL ? doorstep_calendar_feed_url_for_path (server, self->path) : NULL;
}
