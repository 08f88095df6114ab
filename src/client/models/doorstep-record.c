/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "doorstep-json.h"
#include "doorstep-record.h"

G_DEFINE_ABSTRACT_TYPE (DoorstepRecord, doorstep_record, G_TYPE_OBJECT)

#define FIELD_AT(self, field, Type) (*(Type *) G_STRUCT_MEMBER_P ((self), (field)->offset))

static const DoorstepField *
find_field (GParamSpec *pspec,
            guint       prop_id)
{
  DoorstepRecordClass *klass = g_type_class_peek (pspec->owner_type);

  g_assert (prop_id >= 1 && prop_id <= klass->n_fields);
  return &klass->fields[prop_id - 1];
}

static void
doorstep_record_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  const DoorstepField *field = find_field (pspec, prop_id);

  switch (field->kind)
    {
    case DOORSTEP_FIELD_STRING:
      g_value_set_string (value, FIELD_AT (object, field, char *));
      break;
    case DOORSTEP_FIELD_INT:
      g_value_set_int64 (value, FIELD_AT (object, field, gint64));
      break;
    case DOORSTEP_FIELD_BOOLEAN:
      g_value_set_boolean (value, FIELD_AT (object, field, gboolean));
      break;
    case DOORSTEP_FIELD_ENUM:
      g_value_set_enum (value, FIELD_AT (object, field, int));
      break;
    case DOORSTEP_FIELD_TIMESTAMP:
    case DOORSTEP_FIELD_DATE:
      g_value_set_boxed (value, FIELD_AT (object, field, gpointer));
      break;
    case DOORSTEP_FIELD_RECORD:
    case DOORSTEP_FIELD_LIST:
      g_value_set_object (value, FIELD_AT (object, field, gpointer));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
doorstep_record_finalize (GObject *object)
{
  DoorstepRecordClass *klass = DOORSTEP_RECORD_GET_CLASS (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const DoorstepField *field = &klass->fields[i];

      switch (field->kind)
        {
        case DOORSTEP_FIELD_STRING:
          g_clear_pointer (&FIELD_AT (object, field, char *), g_free);
          break;
        case DOORSTEP_FIELD_TIMESTAMP:
          g_clear_pointer (&FIELD_AT (object, field, GDateTime *), g_date_time_unref);
          break;
        case DOORSTEP_FIELD_DATE:
          g_clear_pointer (&FIELD_AT (object, field, GDate *), g_date_free);
          break;
        case DOORSTEP_FIELD_RECORD:
        case DOORSTEP_FIELD_LIST:
          g_clear_object (&FIELD_AT (object, field, GObject *));
          break;
        case DOORSTEP_FIELD_INT:
        case DOORSTEP_FIELD_BOOLEAN:
        case DOORSTEP_FIELD_ENUM:
        default:
          break;
        }
    }

  G_OBJECT_CLASS (doorstep_record_parent_class)->finalize (object);
}

static void
doorstep_record_class_init (DoorstepRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = doorstep_record_get_property;
  object_class->finalize = doorstep_record_finalize;
}

static void
doorstep_record_init (DoorstepRecord *self)
{
}

static GParamSpec *
make_pspec (const DoorstepField *field)
{
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_NICK | G_PARAM_STATIC_BLURB;

  switch (field->kind)
    {
    case DOORSTEP_FIELD_STRING:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);
    case DOORSTEP_FIELD_INT:
      return g_param_spec_int64 (field->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case DOORSTEP_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
    case DOORSTEP_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->type ());
        return g_param_spec_enum (field->name, NULL, NULL, field->type (), enum_class->minimum, flags);
      }
    case DOORSTEP_FIELD_TIMESTAMP:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_DATE_TIME, flags);
    case DOORSTEP_FIELD_DATE:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_DATE, flags);
    case DOORSTEP_FIELD_RECORD:
      return g_param_spec_object (field->name, NULL, NULL, field->type (), flags);
    case DOORSTEP_FIELD_LIST:
      return g_param_spec_object (field->name, NULL, NULL, G_TYPE_LIST_MODEL, flags);
    default:
      g_assert_not_reached ();
    }
}

/**
 * doorstep_record_class_set_fields:
 * @what: what the record is, for the error when an answer lacks a field
 * @fields: (array length=n_fields): the record's fields, in a static table
 *
 * Call it in class_init: installs a read-only property for each field.
 * The subclass installs no properties of its own.
 */
void
doorstep_record_class_set_fields (DoorstepRecordClass *klass,
                                  const char          *what,
                                  const DoorstepField *fields,
                                  guint                n_fields)
{
  g_return_if_fail (DOORSTEP_IS_RECORD_CLASS (klass));

  klass->what = what;
  klass->fields = fields;
  klass->n_fields = n_fields;
  /* GObject gives each class its own get_property, unset: the fields'
   * properties are read by the one below. */
  G_OBJECT_CLASS (klass)->get_property = doorstep_record_get_property;
  for (guint i = 0; i < n_fields; i++)
    g_object_class_install_property (G_OBJECT_CLASS (klass), i + 1, make_pspec (&fields[i]));
}

/* Reads one field of @self from @object; FALSE when it is required and
 * missing or unreadable, or present and unreadable. */
static gboolean
read_field (DoorstepRecord       *self,
            const DoorstepField  *field,
            JsonNode             *node,
            GError              **error)
{
  gboolean present = node != NULL && !JSON_NODE_HOLDS_NULL (node);
  const char *text = doorstep_json_node_holds (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;

  switch (field->kind)
    {
    case DOORSTEP_FIELD_STRING:
      FIELD_AT (self, field, char *) = g_strdup (text);
      return !present || text != NULL;
    case DOORSTEP_FIELD_INT:
      if (doorstep_json_node_holds (node, G_TYPE_INT64))
        FIELD_AT (self, field, gint64) = json_node_get_int (node);
      return !present || doorstep_json_node_holds (node, G_TYPE_INT64);
    case DOORSTEP_FIELD_BOOLEAN:
      if (doorstep_json_node_holds (node, G_TYPE_BOOLEAN))
        FIELD_AT (self, field, gboolean) = json_node_get_boolean (node);
      return !present || doorstep_json_node_holds (node, G_TYPE_BOOLEAN);
    case DOORSTEP_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->type ());
        GEnumValue *value = text != NULL ? g_enum_get_value_by_nick (enum_class, text) : NULL;

        FIELD_AT (self, field, int) = value != NULL ? value->value : enum_class->minimum;
        return !present || value != NULL;
      }
    case DOORSTEP_FIELD_TIMESTAMP:
      FIELD_AT (self, field, GDateTime *) = doorstep_timestamp_parse (text);
      return !present || FIELD_AT (self, field, GDateTime *) != NULL;
    case DOORSTEP_FIELD_DATE:
      {
        GDate date;

        if (!doorstep_local_date_parse (text, &date))
          return !present;
        FIELD_AT (self, field, GDate *) = g_date_copy (&date);
        return TRUE;
      }
    case DOORSTEP_FIELD_RECORD:
      if (!present)
        return TRUE;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return FALSE;
      FIELD_AT (self, field, gpointer) = doorstep_record_new_from_json (field->type (), json_node_get_object (node),
                                                                        error);
      return FIELD_AT (self, field, gpointer) != NULL;
    case DOORSTEP_FIELD_LIST:
      if (!present)
        {
          FIELD_AT (self, field, gpointer) = g_list_store_new (field->type ());
          return TRUE;
        }
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return FALSE;
      FIELD_AT (self, field, gpointer) = doorstep_record_list_from_json (field->type (), json_node_get_array (node),
                                                                         error);
      return FIELD_AT (self, field, gpointer) != NULL;
    default:
      g_assert_not_reached ();
    }
}

/**
 * doorstep_record_new_from_json:
 * @type: a subclass of #DoorstepRecord
 *
 * Returns: (transfer full) (nullable): the record @object describes, or
 *   %NULL with a %DOORSTEP_API_ERROR_INVALID_RESPONSE error when @object
 *   lacks a required field or has one Doorstep cannot read
 */
gpointer
doorstep_record_new_from_json (GType         type,
                               JsonObject   *object,
                               GError      **error)
{
  g_autoptr(DoorstepRecord) self = NULL;
  DoorstepRecordClass *klass;

  g_return_val_if_fail (g_type_is_a (type, DOORSTEP_TYPE_RECORD), NULL);

  self = g_object_new (type, NULL);
  klass = DOORSTEP_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const DoorstepField *field = &klass->fields[i];
      g_autoptr(GError) local_error = NULL;
      JsonNode *node;
      gboolean ok;

      if (field->member == NULL)
        continue;
      node = doorstep_json_get_node (object, field->member);
      ok = read_field (self, field, node, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (!ok || ((field->flags & DOORSTEP_FIELD_REQUIRED) != 0 && (node == NULL || JSON_NODE_HOLDS_NULL (node))))
        {
          g_autofree char *what = g_strdup_printf ("%s %s", klass->what, field->member);

          doorstep_json_require (FALSE, what, error);
          return NULL;
        }
    }

  if (klass->parse != NULL && !klass->parse (self, object, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * doorstep_record_list_from_json:
 *
 * Returns: (transfer full) (nullable): a #GListModel of records of @type,
 *   one for each object of @array, or %NULL with @error set
 */
GListModel *
doorstep_record_list_from_json (GType       type,
                                JsonArray  *array,
                                GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (type);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gpointer item;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          doorstep_json_require (FALSE, "list item", error);
          return NULL;
        }
      item = doorstep_record_new_from_json (type, json_node_get_object (node), error);
      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }

  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}
