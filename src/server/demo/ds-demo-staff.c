/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "ds-demo-private.h"

/* What the staff keep about customers: notes on Maya's record by each of
 * the three staff, one pinned; the business's tags, one of them (Do Not
 * Service, on Ruth) a warning; changes to her record over the past
 * months, on its activity list with the notes; and the properties
 * Greenleaf Apartments manage beyond its first two buildings (thirty in
 * all, so that the profile's list of properties goes on over pages). */

typedef struct {
  const char *id;
  const char *customer_id;
  const char *author_id;
  int         days_ago;
  gboolean    pinned;
  const char *body;
} DemoNote;

static const DemoNote notes[] = {
  { "not_demo0maya0gate", "cus_demo0maya0okafor", "usr_demo0operator", 400, TRUE,
    "Side gate code 4321. Friendly dog (Biscuit) in the back yard: knock at the front first." },
  { "not_demo0maya0filter", "cus_demo0maya0okafor", "usr_demo0technician", 60, FALSE,
    "Furnace takes a 16×25×1 filter; she keeps spares on the shelf by the basement stairs." },
  { "not_demo0maya0texts", "cus_demo0maya0okafor", "usr_demo0admin", 12, FALSE,
    "Prefers a text to a call during working hours.\nTenants at the duplex: call Maya before any visit there." },
  { "not_demo0harbor0hours", "cus_demo0harbor0bakery", "usr_demo0operator", 30, TRUE,
    "Kitchen runs 4 am to 2 pm: book drain work after 2 pm only." },
  { "not_demo0ruth0hold", "cus_demo0ruth0lindqvist", "usr_demo0admin", 45, TRUE,
    "On hold until the disputed mini-split invoice is settled: no new work, call Jordan first." },
};

/* The business's tags, and who has them. */
typedef struct {
  const char *id;
  const char *name;
  const char *colour;
  gboolean    warns;
} DemoTag;

static const DemoTag tags[] = {
  { "tag_demo0vip", "VIP", "purple", FALSE },
  { "tag_demo0dns", "Do Not Service", "red", TRUE },
  { "tag_demo0net30", "Net 30", "blue", FALSE },
  { "tag_demo0landlord", "Landlord", "green", FALSE },
  { "tag_demo0referral", "Referral", "yellow", FALSE },
};

static const char * const tagged[][2] = {
  { "cus_demo0maya0okafor", "tag_demo0vip" },
  { "cus_demo0maya0okafor", "tag_demo0landlord" },
  { "cus_demo0harbor0bakery", "tag_demo0net30" },
  { "cus_demo0harbor0bakery", "tag_demo0vip" },
  { "cus_demo0greenleaf0apts", "tag_demo0net30" },
  { "cus_demo0ruth0lindqvist", "tag_demo0dns" },
  { "cus_demo0samuel0osei", "tag_demo0referral" },
};

/* Changes to a record, each a version of it, oldest first. */
typedef struct {
  const char *customer_id;
  const char *actor_id;
  int         days_ago;
  const char *field;
  const char *old_value;
  const char *new_value;
} DemoChange;

static const DemoChange changes[] = {
  { "cus_demo0maya0okafor", "usr_demo0admin", 320, "email", "maya.okafor@oldmail.example", "maya.okafor@example.com" },
  { "cus_demo0maya0okafor", "usr_demo0admin", 95, "phone", "+1 503 555 0142", "+1 503 555 0187" },
};

/* An entry of the activity list at a moment @days_ago. */
static gboolean
add_activity (DsDb        *db,
              const char  *id,
              const char  *customer_id,
              const char  *actor_id,
              const char  *kind,
              int          days_ago,
              const char  *field,
              const char  *old_value,
              const char  *new_value,
              const char  *version,
              GError     **error)
{
  g_autofree char *when = ds_demo_timestamp (-days_ago);
  g_autoptr(GDateTime) moment = doorstep_timestamp_parse (when);
  g_autofree char *sort_key = g_strdup_printf ("%016" G_GINT64_FORMAT, g_date_time_to_unix (moment) * G_USEC_PER_SEC);

  return ds_demo_run_sql (db, error,
                          "INSERT INTO customer_activity (id, customer_id, actor_id, kind, field, old_value, new_value,"
                          " version, created_at, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          10, id, customer_id, actor_id, kind, field, old_value, new_value, version, when, sort_key);
}

#define GREENLEAF "cus_demo0greenleaf0apts"
#define GREENLEAF_PROPERTIES 30

gboolean
ds_demo_seed_staff (DsDb    *db,
                    GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      const DemoNote *n = &notes[i];
      g_autofree char *written = ds_demo_timestamp (-n->days_ago);
      g_autoptr(GDateTime) moment = doorstep_timestamp_parse (written);
      g_autofree char *sort_key = g_strdup_printf ("%c%016" G_GINT64_FORMAT, n->pinned ? '1' : '0',
                                                   g_date_time_to_unix (moment) * G_USEC_PER_SEC);

      if (!ds_demo_run_sql (db, error,
                            "INSERT INTO customer_notes (id, customer_id, author_id, body, pinned, created_at, sort_key)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)",
                            7, n->id, n->customer_id, n->author_id, n->body, n->pinned ? "1" : "0", written,
                            sort_key))
        return FALSE;
      {
        g_autofree char *activity_id = g_strdup_printf ("act_%s", n->id + 4);

        if (!add_activity (db, activity_id, n->customer_id, n->author_id, "note_added", n->days_ago, NULL, NULL,
                           n->body, NULL, error))
          return FALSE;
      }
    }

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      g_autofree char *when = ds_demo_timestamp (-400);

      if (!ds_demo_run_sql (db, error, "INSERT INTO tags (id, name, colour, warns, created_at) VALUES (?, ?, ?, ?, ?)",
                            5, tags[i].id, tags[i].name, tags[i].colour, tags[i].warns ? "1" : "0", when))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (tagged); i++)
    if (!ds_demo_run_sql (db, error, "INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)",
                          2, tagged[i][0], tagged[i][1]))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      const DemoChange *c = &changes[i];
      g_autofree char *id = g_strdup_printf ("act_demo0change%u", i + 1);
      g_autofree char *version = g_strdup_printf ("%u", i + 2);

      if (!add_activity (db, id, c->customer_id, c->actor_id, "changed", c->days_ago, c->field, c->old_value,
                         c->new_value, version, error) ||
          !ds_demo_run_sql (db, error, "UPDATE customers SET version = ? WHERE id = ?", 2, version, c->customer_id))
        return FALSE;
    }

  /* Buildings C on, along the same road; A and B are the customer's own. */
  for (guint i = 2; i < GREENLEAF_PROPERTIES; i++)
    {
      g_autofree char *id = g_strdup_printf ("prp_demo0greenleaf0apts_%u", i + 1);
      g_autofree char *label = i < 26 ? g_strdup_printf ("Building %c", 'A' + i)
                                      : g_strdup_printf ("Building A%c", 'A' + (i - 26));
      g_autofree char *line1 = g_strdup_printf ("%u SE Foster Rd", 5500 + 20 * i);
      g_autofree char *year = g_strdup_printf ("%u", 1988 + i / 6);
      g_autofree char *details = g_strdup_printf ("%u-unit garden apartments; %s", 12 + (i % 3) * 6,
                                                  i % 2 == 0 ? "central boiler room" : "individual electric furnaces");
      g_autofree char *position = g_strdup_printf ("%u", i);

      if (!ds_demo_run_sql (db, error,
                            "INSERT INTO properties (id, customer_id, label, address_line1, city,"
                            " region, postal_code, year_built, building_details, position)"
                            " VALUES (?, '" GREENLEAF "', ?, ?, 'Portland', 'OR', '97206', ?, ?, ?)",
                            6, id, label, line1, year, details, position))
        return FALSE;
    }
  return TRUE;
}
