/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-activity-store.h"
#include "ds-db.h"

G_BEGIN_DECLS

/* The staff's changes to a customer's record, made from the version they
 * read: a change made from an older version goes through when no one
 * changed the same fields since (both win), and is refused with what they
 * did change when someone did, so that the second editor is asked. */

typedef enum {
  DS_CUSTOMER_FIELD_FIRST_NAME,
  DS_CUSTOMER_FIELD_LAST_NAME,
  DS_CUSTOMER_FIELD_COMPANY_NAME,
  DS_CUSTOMER_FIELD_CUSTOMER_TYPE,
  DS_CUSTOMER_FIELD_EMAIL,
  DS_CUSTOMER_FIELD_PHONE,
  DS_CUSTOMER_FIELD_NOTIFICATIONS,   /* "on" or "off" */
  DS_CUSTOMER_N_FIELDS,
} DsCustomerField;

/* What a change sets: for each field whether it is set, and to what
 * (NULL clears it). */
typedef struct {
  gboolean  set[DS_CUSTOMER_N_FIELDS];
  char     *value[DS_CUSTOMER_N_FIELDS];
} DsCustomerEdit;

/* The outcome: the version the record is at now, and, when the change was
 * refused, the changes made since its version to the fields it also set
 * to something else (conflicts), among all made since (changed_since). */
typedef struct {
  gint64     version;
  GPtrArray *conflicts;       /* DsActivity, or NULL when it went through */
  GPtrArray *changed_since;   /* DsActivity */
} DsCustomerEditResult;

const char *ds_customer_field_name     (DsCustomerField        field);
gboolean    ds_customer_field_lookup   (const char            *name,
                                        DsCustomerField       *field);
char       *ds_customer_display_name   (const char            *first_name,
                                        const char            *last_name,
                                        const char            *company_name,
                                        const char            *customer_type);

gboolean    ds_customer_store_edit     (DsDb                  *db,
                                        const char            *customer_id,
                                        gint64                 from_version,
                                        const DsCustomerEdit  *edit,
                                        const char            *actor_id,
                                        DsCustomerEditResult  *result,
                                        GError               **error);
gboolean    ds_customer_store_get_version (DsDb               *db,
                                           const char         *customer_id,
                                           gint64             *version,
                                           GError            **error);

void        ds_customer_edit_clear        (DsCustomerEdit       *edit);
void        ds_customer_edit_result_clear (DsCustomerEditResult *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DsCustomerEdit, ds_customer_edit_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DsCustomerEditResult, ds_customer_edit_result_clear)

G_END_DECLS
