/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-edit-conflict.h"

struct _DoorstepEditConflict {
  GObject         parent_instance;
  char           *message;
  GHashTable     *field_errors;  /* member → message */
  DoorstepRecord *current;
};

G_DEFINE_FINAL_TYPE (DoorstepEditConflict, doorstep_edit_conflict, G_TYPE_OBJECT)

static void
doorstep_edit_conflict_finalize (GObject *object)
{
  DoorstepEditConflict *self = DOORSTEP_EDIT_CONFLICT (object);

  g_free (self->message);
  g_clear_pointer (&self->field_errors, g_hash_table_unref);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (doorstep_edit_conflict_parent_class)->finalize (object);
}

static void
doorstep_edit_conflict_class_init (DoorstepEditConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_edit_conflict_finalize;
}

static void
doorstep_edit_conflict_init (DoorstepEditConflict *self)
{
}

/**
 * doorstep_edit_conflict_new:
 * @message: the server's detail
 * @field_errors: (transfer full): member → message, each field in dispute
 * @current: the record as it is now, with its new ETag
 *
 * Returns: (transfer full): the conflict
 */
DoorstepEditConflict *
doorstep_edit_conflict_new (const char     *message,
                            GHashTable     *field_errors,
                            DoorstepRecord *current)
{
  DoorstepEditConflict *self;

  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (field_errors != NULL, NULL);
  g_return_val_if_fail (DOORSTEP_IS_RECORD (current), NULL);

  self = g_object_new (DOORSTEP_TYPE_EDIT_CONFLICT, NULL);
  self->message = g_strdup (message);
  self->field_errors = field_errors;
  self->current = g_object_ref (current);
  return self;
}

const char *
doorstep_edit_conflict_get_message (DoorstepEditConflict *self)
{
  g_return_val_if_fail (DOORSTEP_IS_EDIT_CONFLICT (self), NULL);
  return self->message;
}

/* Returns: (transfer none): member → message */
GHashTable *
doorstep_edit_conflict_get_field_errors (DoorstepEditConflict *self)
{
  g_return_val_if_fail (DOORSTEP_IS_EDIT_CONFLICT (self), NULL);
  return self->field_errors;
}

/* Returns: (transfer none): the record as it is now */
DoorstepRecord *
doorstep_edit_conflict_get_current (DoorstepEditConflict *self)
{
  g_return_val_if_fail (DOORSTEP_IS_EDIT_CONFLICT (self), NULL);
  return self->current;
}
