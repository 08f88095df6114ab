/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A record read from the API. Each subclass names its fields in one table:
 * the base class makes every field a read-only GObject property (so a row
 * template can bind to it), reads it from JSON, refuses an answer that
 * lacks a required one, and frees it. What a table cannot say a subclass
 * reads in its parse() vfunc. Records never change once read; a reload
 * makes new ones. */

#define DOORSTEP_TYPE_RECORD (doorstep_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (DoorstepRecord, doorstep_record, DOORSTEP, RECORD, GObject)

typedef enum {
  DOORSTEP_FIELD_STRING,     /* char *: a JSON string */
  DOORSTEP_FIELD_INT,        /* gint64: a JSON integer, 0 when missing */
  DOORSTEP_FIELD_BOOLEAN,    /* gboolean: a JSON boolean, FALSE when missing */
  DOORSTEP_FIELD_ENUM,       /* int: a JSON string, the nick of a value of @type */
  DOORSTEP_FIELD_TIMESTAMP,  /* GDateTime *: an RFC 3339 timestamp */
  DOORSTEP_FIELD_DATE,       /* GDate *: a day, "YYYY-MM-DD" */
  DOORSTEP_FIELD_RECORD,     /* DoorstepRecord * of @type: a JSON object */
  DOORSTEP_FIELD_LIST,       /* GListModel * of records of @type: a JSON array */
} DoorstepFieldKind;

typedef enum {
  DOORSTEP_FIELD_OPTIONAL = 0,
  DOORSTEP_FIELD_REQUIRED = 1 << 0,  /* missing or unreadable: the answer is refused */
} DoorstepFieldFlags;

typedef struct {
  const char         *name;      /* the property; "valid_until" is "valid-until" */
  DoorstepFieldKind   kind;
  gsize               offset;    /* of the field in the instance struct */
  const char         *member;    /* its JSON member or path, "total.amount_minor";
                                  * NULL when parse() fills it */
  DoorstepFieldFlags  flags;
  GType             (*type) (void);  /* of an ENUM, RECORD or LIST field */
} DoorstepField;

/* One field of @Struct, whose member is @member. */
#define DOORSTEP_FIELD(Struct, field, KIND, member, flags, type) \
  { #field, DOORSTEP_FIELD_##KIND, G_STRUCT_OFFSET (Struct, field), member, DOORSTEP_FIELD_##flags, type }

struct _DoorstepRecordClass {
  GObjectClass parent_class;

  /* Reads what the table cannot, after the table's fields are read. */
  gboolean (*parse) (DoorstepRecord  *self,
                     JsonObject      *object,
                     GError         **error);

  /*< private >*/
  const char          *what;
  const DoorstepField *fields;
  guint                n_fields;
};

void     doorstep_record_class_set_fields (DoorstepRecordClass  *klass,
                                           const char           *what,
                                           const DoorstepField  *fields,
                                           guint                 n_fields);
gpointer doorstep_record_new_from_json    (GType                 type,
                                           JsonObject           *object,
                                           GError              **error);
GListModel *doorstep_record_list_from_json (GType                type,
                                           JsonArray            *array,
                                           GError              **error);

G_END_DECLS
