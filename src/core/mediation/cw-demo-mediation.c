/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-demo-mediation"

#include "config.h"

#include "core/common/cw-date.h"
#include "core/mediation/cw-mediation-private.h"
#include "core/village/cw-demo-private.h"

/* The demo's disputes, by type: what they were about and what settled them. */
static const struct
{
  const char *type;
  const char *summary;
  const char *term;
  int         amount;   /* yuan involved, 0 for none */
} disputes[] = {
  { "邻里", "因排水沟堵塞、污水流入对方院内发生争执", "双方共同清理排水沟，费用各半", 600 },
  { "邻里", "饲养的鸡鸭进入邻居菜地啄食蔬菜", "赔偿菜地损失，今后圈养家禽", 300 },
  { "房屋宅基地", "新建围墙越过原界址约三十公分", "按原界址拆除越界部分围墙", 5000 },
  { "婚姻家庭", "子女对赡养老人费用分担有争议", "三子女每月各付赡养费四百元", 14400 },
  { "婚姻家庭", "夫妻因家庭琐事争吵，一方回娘家居住", "双方互相体谅，男方接回女方", 0 },
  { "合同", "土地流转租金逾期未付", "承租方一次付清拖欠租金", 8000 },
  { "损害赔偿", "放养的牛踩坏对方秧苗", "赔偿秧苗及补种人工费用", 1200 },
  { "山林土地", "责任山界址不清，砍伐林木引发争议", "按林权证界址重新立界桩", 3000 },
  { "劳动争议", "务工人员工资被拖欠", "包工头分两期付清工资", 21000 },
  { "道路交通事故", "电动车与三轮车相撞致一人轻伤", "三轮车方承担医药费百分之七十", 4600 },
  { "生产经营", "合伙养殖分红有争议", "按出资比例分配上年利润", 16000 },
  { "征地拆迁", "对拆迁补偿款分配有异议", "按户籍人口平均分配补偿款", 90000 },
};

static const char * const outsider_names[] = {
  "陈建军", "刘桂兰", "黄志强", "吴秀英", "郑海波", "何丽华", "罗国庆", "梁小燕", "宋德明", "唐春梅",
};

static const char * const sources[] = {
  "application", "application", "application", "application", "initiative", "initiative", "police", "court",
  "government",
};

typedef struct
{
  CwDatabase *db;
  GRand      *rand;
  GArray     *persons;    /* gint64, present persons of the register */
  GStrv       mediators;
  GDate       today;
} Demo;

static char *
day_after (const char *date,
           int         days)
{
  GDate d;

  cw_date_parse (date, &d, NULL);
  g_date_add_days (&d, (guint) days);
  return cw_date_format (&d);
}

static void
add_party (Demo            *demo,
           CwMediationCase *c,
           const char      *side)
{
  g_autoptr(CwMediationRow) party = cw_mediation_row_new (CW_MEDIATION_PARTY);

  cw_mediation_row_set (party, CW_PARTY_SIDE, side);
  if (demo->persons->len > 0 && g_rand_int_range (demo->rand, 0, 10) < 7)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                             g_array_index (demo->persons, gint64,
                                                            g_rand_int_range (demo->rand, 0, (gint32) demo->persons->len)));

      cw_mediation_row_set (party, CW_PARTY_PERSON_ID, id);
    }
  else
    {
      g_autofree char *age = g_strdup_printf ("%d", g_rand_int_range (demo->rand, 22, 70));
      g_autofree char *phone = g_strdup_printf ("139%08d", g_rand_int_range (demo->rand, 0, 100000000));

      cw_mediation_row_set (party, CW_PARTY_NAME, outsider_names[g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (outsider_names))]);
      cw_mediation_row_set (party, CW_PARTY_SEX, g_rand_boolean (demo->rand) ? "M" : "F");
      cw_mediation_row_set (party, CW_PARTY_AGE, age);
      cw_mediation_row_set (party, CW_PARTY_ETHNICITY, "汉族");
      cw_mediation_row_set (party, CW_PARTY_OCCUPATION, "务工");
      cw_mediation_row_set (party, CW_PARTY_ADDRESS, "白沙镇");
      cw_mediation_row_set (party, CW_PARTY_PHONE, phone);
    }
  cw_mediation_case_add_row (c, party);
}

static void
add_row (CwMediationCase *c,
         CwMediationKind  kind,
         const char      *first,
         ...)
{
  g_autoptr(CwMediationRow) row = cw_mediation_row_new (kind);
  va_list args;
  guint field = 0;

  va_start (args, first);
  for (const char *value = first; field < cw_mediation_row_n_fields (kind) && value != (const char *) 1;
       value = va_arg (args, const char *))
    cw_mediation_row_set (row, field++, value);
  va_end (args);
  cw_mediation_case_add_row (c, row);
}

#define END ((const char *) 1)

/* Settled: a written agreement (or now and then an oral one) on @day, a
 * follow-up when its time has come, a 司法确认 for some. */
static void
settle (Demo            *demo,
        CwMediationCase *c,
        guint            which,
        const char      *day,
        gint64           days_ago)
{
  gboolean oral = g_rand_int_range (demo->rand, 0, 5) == 0;
  g_autofree char *deadline = day_after (day, g_rand_int_range (demo->rand, 5, 40));
  g_autofree char *agreed = g_strdup_printf ("%d", disputes[which].amount * g_rand_int_range (demo->rand, 5, 10) / 10);

  cw_mediation_case_set (c, CW_CASE_AGREEMENT, oral ? "oral" : "written");
  cw_mediation_case_set (c, CW_CASE_FACTS, disputes[which].summary);
  cw_mediation_case_set (c, CW_CASE_ISSUES, "责任如何承担、损失如何赔偿");
  cw_mediation_case_set (c, CW_CASE_RESPONSIBILITY, "双方均有责任，被申请人负主要责任");
  cw_mediation_case_set (c, CW_CASE_EFFECTIVE_DATE, day);
  cw_mediation_case_set (c, CW_CASE_AGREED, agreed);
  add_row (c, CW_MEDIATION_TERM, disputes[which].term, "现金或现场履行", "村委会", oral ? "" : deadline, END);
  add_row (c, CW_MEDIATION_TERM, "双方今后和睦相处，不再因此事发生争执", "", "", "", END);
  cw_mediation_case_set (c, CW_CASE_OUTCOME, "success");
  cw_mediation_case_set (c, CW_CASE_CLOSED_ON, day);
  if (days_ago > 45)
    {
      g_autofree char *visit = day_after (day, oral ? 15 : 42);

      add_row (c, CW_MEDIATION_FOLLOWUP, visit, demo->mediators[0],
               g_rand_int_range (demo->rand, 0, 6) == 0 ? "partial" : "full",
               g_rand_int_range (demo->rand, 0, 8) == 0 ? "basically" : "satisfied", "0", "", "定期回访", END);
    }
  if (!oral && g_rand_int_range (demo->rand, 0, 8) == 0)
    {
      g_autofree char *applied = day_after (day, 10);

      cw_mediation_case_set (c, CW_CASE_CONFIRM_APPLIED, applied);
      cw_mediation_case_set (c, CW_CASE_CONFIRM_COURT, "临江县人民法院");
      cw_mediation_case_set (c, CW_CASE_CONFIRM_RESULT, "confirmed");
      cw_mediation_case_set (c, CW_CASE_CONFIRM_NUMBER, "（2026）湘0421民特调确字第12号");
    }
}

static gboolean
add_case (Demo        *demo,
          const GDate *intake,
          guint        index,
          GError     **error)
{
  g_autoptr(CwMediationCase) c = cw_mediation_case_new ();
  g_autofree char *intake_text = cw_date_format (intake);
  g_autofree char *session_day = day_after (intake_text, g_rand_int_range (demo->rand, 2, 12));
  g_autofree char *amount = NULL;
  g_autofree char *mediators = NULL;
  guint which = g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (disputes));
  gint64 days_ago = g_date_days_between (intake, &demo->today);
  gboolean petition = index % 29 == 7;
  guint fate = g_rand_int_range (demo->rand, 0, 20);

  amount = g_strdup_printf ("%d", disputes[which].amount);
  /* Two of the committee on a case, or the one there is. */
  mediators = demo->mediators[1] != NULL ? g_strconcat (demo->mediators[0], "、", demo->mediators[1], NULL)
                                         : g_strdup (demo->mediators[0]);
  cw_mediation_case_set (c, CW_CASE_INTAKE_DATE, intake_text);
  cw_mediation_case_set (c, CW_CASE_SOURCE, petition ? "petition" : sources[g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (sources))]);
  cw_mediation_case_set (c, CW_CASE_TYPE, disputes[which].type);
  cw_mediation_case_set (c, CW_CASE_SUMMARY, disputes[which].summary);
  cw_mediation_case_set (c, CW_CASE_REQUEST, "请求村调委会主持调解");
  cw_mediation_case_set (c, CW_CASE_MEDIATORS, mediators);
  cw_mediation_case_set (c, CW_CASE_RECORDER, demo->mediators[g_strv_length (demo->mediators) - 1]);
  cw_mediation_case_set (c, CW_CASE_REGISTERED_BY, demo->mediators[0]);
  cw_mediation_case_set (c, CW_CASE_AMOUNT, amount);
  cw_mediation_case_set (c, CW_CASE_RISK_LEVEL, disputes[which].amount > 20000 ? "serious" : "ordinary");
  cw_mediation_case_set (c, CW_CASE_RISK_CRIMINAL, fate == 3 ? "1" : "0");
  cw_mediation_case_set (c, CW_CASE_RISK_GROUP, g_str_equal (disputes[which].type, "征地拆迁") ? "1" : "0");
  add_party (demo, c, "applicant");
  if (g_rand_int_range (demo->rand, 0, 4) == 0)
    add_party (demo, c, "applicant");
  add_party (demo, c, "respondent");

  if (petition)
    {
      g_autofree char *accepted = day_after (intake_text, 5);

      cw_mediation_case_set (c, CW_CASE_PETITION_DECISION, "accepted");
      cw_mediation_case_set (c, CW_CASE_PETITION_DECIDED, accepted);
      if (days_ago > 70)
        {
          g_autofree char *until = day_after (accepted, 80);
          g_autofree char *granted = day_after (accepted, 50);

          add_row (c, CW_MEDIATION_EXTENSION, "petition", granted, until, "需会同镇国土所核实补偿标准，已告知信访人", END);
        }
    }
  if (days_ago > 2)
    add_row (c, CW_MEDIATION_SESSION, session_day, "村调解室", "双方当事人、调解员", "双方各自陈述了事情经过",
             "查看了现场，询问了证人", "告知了诉讼风险和激化矛盾的后果", days_ago > 20 ? "双方同意调解" : "再次约谈", END);
  /* Older cases are mostly closed; the last weeks' are open. */
  if (days_ago <= 20 || fate == 19)
    {
      if (days_ago > 25)
        {
          g_autofree char *granted = day_after (intake_text, 25);
          g_autofree char *until = day_after (intake_text, 60);

          if (!petition)
            add_row (c, CW_MEDIATION_EXTENSION, "mediation", granted, until, "双方当事人同意延长调解期限", END);
        }
    }
  else if (fate < 15)
    settle (demo, c, which, session_day, days_ago);
  else if (fate < 18)
    {
      cw_mediation_case_set (c, CW_CASE_OUTCOME, "failure");
      cw_mediation_case_set (c, CW_CASE_CLOSED_ON, session_day);
      cw_mediation_case_set (c, CW_CASE_NEXT_STEP, fate == 15 ? "arbitration" : "lawsuit");
    }
  else
    {
      cw_mediation_case_set (c, CW_CASE_OUTCOME, "terminated");
      cw_mediation_case_set (c, CW_CASE_CLOSED_ON, session_day);
      cw_mediation_case_set (c, CW_CASE_OUTCOME_NOTE, "申请人撤回调解申请");
    }
  return cw_mediation_case_save (demo->db, c, error);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

gboolean
cw_demo_mediation_fill (CwDatabase   *db,
                        GRand        *rand,
                        const GDate  *today,
                        guint         n_cases,
                        GError      **error)
{
  Demo demo = { db, rand, g_array_new (FALSE, FALSE, sizeof (gint64)), NULL, *today };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
  GDate first;
  guint span;
  gboolean ok = TRUE;
  int rc;

  if (n_cases == 0)
    n_cases = 60;
  stmt = cw_database_prepare (db, "SELECT id FROM person WHERE status IN ('active', 'migrant') ORDER BY id", error);
  if (stmt == NULL)
    {
      g_array_unref (demo.persons);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (demo.persons, id);
    }
  if (rc != SQLITE_DONE)
    {
      g_array_unref (demo.persons);
      return cw_database_fail (db, error);
    }
  demo.mediators = cw_mediation_committee_members (db, NULL);
  if (demo.mediators == NULL || demo.mediators[0] == NULL)
    {
      g_strfreev (demo.mediators);
      demo.mediators = g_strdupv ((char **) (const char * const[]) { "调解员", NULL });
    }

  /* Two years of cases up to the demo's day, in date order so that the
   * numbers follow the intake dates. */
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, 1, g_date_get_year (today) - 1);
  span = (guint) g_date_days_between (&first, today);
  for (guint i = 0; i < n_cases; i++)
    {
      guint32 day = g_date_get_julian (&first) + (guint32) g_rand_int_range (rand, 0, (gint32) span);

      g_array_append_val (days, day);
    }
  g_array_sort (days, compare_days);
  for (guint i = 0; ok && i < n_cases; i++)
    {
      GDate intake;

      g_date_clear (&intake, 1);
      g_date_set_julian (&intake, g_array_index (days, guint32, i));
      ok = add_case (&demo, &intake, i, error);
    }
  g_array_unref (demo.persons);
  g_strfreev (demo.mediators);
  return ok;
}
