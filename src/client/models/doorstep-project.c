/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-enum-types.h"
#include "doorstep-project.h"

struct _DoorstepProject {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *title;
  char           *description;
  int             status;
  char           *property_label;
  char           *quote_id;
  char           *quote_number;
  gint64          stage_count;
  gint64          stages_done;
  GListModel     *stages;       /* of DoorstepProjectStage; NULL in a list */
  char           *progress_text;
};

G_DEFINE_FINAL_TYPE (DoorstepProject, doorstep_project, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepProject, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProject, title, STRING, "title", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProject, description, STRING, "description", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProject, status, ENUM, "status", REQUIRED, doorstep_project_status_get_type),
  DOORSTEP_FIELD (DoorstepProject, property_label, STRING, "property_label", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProject, quote_id, STRING, "quote.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProject, quote_number, STRING, "quote.number", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepProject, stage_count, INT, "stage_count", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProject, stages_done, INT, "stages_done", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepProject, stages, LIST, "stages", OPTIONAL, doorstep_project_stage_get_type),
  /* What a row binds to, made in parse() */
  DOORSTEP_FIELD (DoorstepProject, progress_text, STRING, NULL, OPTIONAL, NULL),
};

static gboolean
doorstep_project_parse (DoorstepRecord  *record,
                        JsonObject      *object,
                        GError         **error)
{
  DoorstepProject *self = DOORSTEP_PROJECT (record);

  if (self->stage_count < 0 || self->stages_done < 0 || self->stages_done > self->stage_count ||
      self->stage_count > G_MAXUINT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "project %s has %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " stages done",
                   self->id, self->stages_done, self->stage_count);
      return FALSE;
    }
  self->progress_text = doorstep_project_dup_progress_text (self);
  return TRUE;
}

static void
doorstep_project_class_init (DoorstepProjectClass *klass)
{
  DoorstepRecordClass *record_class = DOORSTEP_RECORD_CLASS (klass);

  record_class->parse = doorstep_project_parse;
  doorstep_record_class_set_fields (record_class, "project", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_project_init (DoorstepProject *self)
{
}

const char *doorstep_project_get_id (DoorstepProject *self) { return self->id; }
const char *doorstep_project_get_title (DoorstepProject *self) { return self->title; }
const char *doorstep_project_get_description (DoorstepProject *self) { return self->description; }
DoorstepProjectStatus doorstep_project_get_status (DoorstepProject *self) { return self->status; }
const char *doorstep_project_get_property_label (DoorstepProject *self) { return self->property_label; }
const char *doorstep_project_get_quote_id (DoorstepProject *self) { return self->quote_id; }
const char *doorstep_project_get_quote_number (DoorstepProject *self) { return self->quote_number; }
guint doorstep_project_get_stage_count (DoorstepProject *self) { return (guint) self->stage_count; }
guint doorstep_project_get_stages_done (DoorstepProject *self) { return (guint) self->stages_done; }
GListModel *doorstep_project_get_stages (DoorstepProject *self) { return self->stages; }

/* "2 of 5 stages done" */
char *
doorstep_project_dup_progress_text (DoorstepProject *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PROJECT (self), NULL);

  if (self->stage_count == 0)
    return g_strdup (_("No stages planned yet"));
  /* Translators: a project's progress, "2 of 5 stages done" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u stage done", "%u of %u stages done",
                                       (gulong) self->stage_count),
                          (guint) self->stages_done, (guint) self->stage_count);
}
