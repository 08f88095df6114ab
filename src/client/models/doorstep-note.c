/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-common.h"
#include "doorstep-note.h"

struct _DoorstepNote {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *body;
  gboolean        pinned;
  char           *author_id;
  char           *author_name;
  GDateTime      *created_at;
  GDateTime      *updated_at;   /* NULL: never edited */
  gboolean        can_edit;
  gboolean        can_delete;
};

G_DEFINE_FINAL_TYPE (DoorstepNote, doorstep_note, DOORSTEP_TYPE_RECORD)

/* doorstep_note_describe_fault() writes the limit as people read it. */
G_STATIC_ASSERT (DOORSTEP_NOTE_BODY_MAX == 10000);

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepNote, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepNote, body, STRING, "body", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepNote, pinned, BOOLEAN, "pinned", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepNote, author_id, STRING, "author.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepNote, author_name, STRING, "author.display_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepNote, created_at, TIMESTAMP, "created_at", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepNote, updated_at, TIMESTAMP, "updated_at", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepNote, can_edit, BOOLEAN, "can_edit", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepNote, can_delete, BOOLEAN, "can_delete", OPTIONAL, NULL),
};

static void
doorstep_note_class_init (DoorstepNoteClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "note", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_note_init (DoorstepNote *self)
{
}

const char *doorstep_note_get_id (DoorstepNote *self) { return self->id; }
const char *doorstep_note_get_body (DoorstepNote *self) { return self->body; }
gboolean doorstep_note_get_pinned (DoorstepNote *self) { return self->pinned; }
const char *doorstep_note_get_author_id (DoorstepNote *self) { return self->author_id; }
GDateTime *doorstep_note_get_created_at (DoorstepNote *self) { return self->created_at; }
GDateTime *doorstep_note_get_updated_at (DoorstepNote *self) { return self->updated_at; }
gboolean doorstep_note_get_can_edit (DoorstepNote *self) { return self->can_edit; }
gboolean doorstep_note_get_can_delete (DoorstepNote *self) { return self->can_delete; }

/* Who wrote it; a staff account since removed may leave no name. */
const char *
doorstep_note_get_author_name (DoorstepNote *self)
{
  g_return_val_if_fail (DOORSTEP_IS_NOTE (self), NULL);
  return self->author_name != NULL ? self->author_name : _("Former staff member");
}

/* "Today, 10:00", "Yesterday, 09:15", "1 Dec 2026, 10:00", where the
 * user is. */
static char *
format_moment (GDateTime *moment)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (moment);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  GDate day, today;
  g_autofree char *date = NULL;

  g_date_clear (&day, 1);
  g_date_clear (&today, 1);
  g_date_set_dmy (&day, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local), (GDateYear) g_date_time_get_year (local));
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));

  if (g_date_compare (&day, &today) == 0)
    /* Translators: when a note was written, "Today, 10:00" */
    return g_strdup_printf (_("Today, %s"), time);
  if (g_date_days_between (&day, &today) == 1)
    /* Translators: when a note was written, "Yesterday, 10:00" */
    return g_strdup_printf (_("Yesterday, %s"), time);
  date = doorstep_date_format (&day);
  /* Translators: when a note was written, a day and a time: "1 Dec 2026, 10:00" */
  return g_strdup_printf (_("%s, %s"), date, time);
}

/**
 * doorstep_note_dup_when:
 *
 * Returns: (transfer full): when it was written, and that it was edited
 *   if it was: "Today, 10:00 · Edited"
 */
char *
doorstep_note_dup_when (DoorstepNote *self)
{
  g_autofree char *written = NULL;

  g_return_val_if_fail (DOORSTEP_IS_NOTE (self), NULL);

  written = format_moment (self->created_at);
  if (self->updated_at == NULL)
    return g_steal_pointer (&written);
  /* Translators: a note's time, and that it was changed since */
  return g_strdup_printf (_("%s · Edited"), written);
}

/**
 * doorstep_note_describe_fault:
 * @body: (nullable): a note's text as typed
 *
 * The rule the server enforces on a note's text, checked before it is
 * sent: not blank, at most DOORSTEP_NOTE_BODY_MAX characters, no control
 * characters but line breaks and tabs.
 *
 * Returns: (nullable): what is wrong with @body, in words for the person
 *   typing it; %NULL when nothing is
 */
const char *
doorstep_note_describe_fault (const char *body)
{
  switch (doorstep_check_lines (body, DOORSTEP_NOTE_BODY_MAX))
    {
    case DOORSTEP_TEXT_OK:
      return NULL;
    case DOORSTEP_TEXT_BLANK:
      return _("Write the note first.");
    case DOORSTEP_TEXT_TOO_LONG:
      return _("A note can be at most 10,000 characters long. Shorten it, or split it in two.");
    case DOORSTEP_TEXT_CONTROL:
    default:
      return _("The note holds characters that can’t be saved. Retype the part you pasted.");
    }
}
