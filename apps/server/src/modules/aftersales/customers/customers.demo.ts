/**
 * Demo customer base: about 20 Hangzhou customers (retail homes, finished projects, companies)
 * with equipment in warranty, about to expire and expired, parts with a service life, and
 * contracts including 维保协议. Dates are relative to today so the badges stay meaningful.
 */
import type { Services } from '../../../app.types.js';
import { systemActor } from '../../../platform/auth/actor.js';
import { newId } from '../../../ports/ids.js';
import { addDays } from '../aftersales.rules.js';
import { insertEquipment } from './customers.records.js';
import { insertCustomer, todayOf } from './customers.service.js';
import type { ContractType, CustomerType } from './customers.table.js';

type Eq = [name: string, model: string, serial: string | null, installedDaysAgo: number | null, warrantyMonths: number | null, parts?: [string, number, number][]];
type Demo = [name: string, type: CustomerType, phones: string[], address: string, notes: string, equipment: Eq[], contracts?: [string, ContractType, number, number | null, number][]];

const CUSTOMERS: Demo[] = [
  ['王建国', 'retail', ['13906512231'], '杭州市西湖区文一西路 588 号 西溪里小区 3 幢 1201', '', [['中央空调', '大金 VRV-X 5匹', 'DKV5X2101187', 200, 24, [['空调滤网', 6, 200]]]]],
  ['李秀英', 'retail', ['13857102218', '0571-88216603'], '杭州市拱墅区湖墅南路 186 号 2 单元 502', '老人独居，上门前先电话', [['净水器', '沁园 RO-185', 'QY185A0923', 380, 12, [['PP 棉滤芯', 6, 180], ['RO 膜', 24, 380]]]]],
  ['陈志强（个人）', 'retail', ['13588023471'], '杭州市滨江区江南大道 1088 号 钱塘公馆 8-2-1601', '', [['新风系统', '松下 FY-25ZDP1C', 'PN25Z190455', 700, 24], ['地暖', '威能 ecoTEC plus', 'VL2019A5521', 700, 24]]],
  ['张丽华', 'retail', ['15067118890'], '杭州市余杭区五常大道 166 号 西溪蝶园 21 幢', '', [['中央空调', '格力 GMV-H140WL', 'GR140H31207', 345, 12]]],
  ['赵明', 'retail', ['13666601942'], '杭州市上城区望江路 99 号 望江府 5-1-802', '', [['热水器', 'A.O.史密斯 CEWH-80PEZ8', null, null, 36]]],
  ['刘伟', 'retail', ['18868712045'], '杭州市萧山区市心北路 857 号 金色钱塘 11-3-302', '', [['净水器', '美的 MRO1891', 'MD1891B22871', 90, 12, [['复合滤芯', 12, 90]]]]],
  ['周芳', 'retail', ['13757191623'], '杭州市西湖区天目山路 398 号', '', []],
  ['吴海燕', 'retail', ['15168306677'], '杭州市临平区迎宾路 201 号 蓝庭花园 6-501', '', [['中央空调', '海信日立 RAS-140HRN5', 'HT140N51132', 1100, 36]]],
  ['孙立新', 'retail', ['13958089912'], '杭州市拱墅区莫干山路 1418 号 上城埭 3-1-702', '2015 年老客户', [['地暖', '博世 Condens 2300', 'BS2300W0881', 2600, 24]]],
  ['郑晓东', 'retail', ['18957120763'], '杭州市钱塘区下沙路 998 号 金沙湾 2-1101', '', [['新风系统', '远大 T5', 'YD-T5-60321', 15, 24]]],
  ['杭州明远大酒店', 'company', ['0571-87091234', '13805711288'], '杭州市上城区解放路 218 号', '工程部 黄经理', [['中央空调', '约克 YCAE 水冷机组', 'YK-YCAE-22014', 500, 24], ['热水系统', '林内 RUS-R24', 'LN-R24-11902', 500, 12]], [['WB-2026-011', 'maintenance', -200, 165, 1_800_000], ['XS-2025-086', 'sales', -510, null, 68_000_000]]],
  ['浙江信诚律师事务所', 'company', ['0571-85178866'], '杭州市西湖区黄龙路 5 号 恒励大厦 18 楼', '', [['新风系统', '霍尼韦尔 ER350', 'HW-ER350-7760', 260, 24, [['HEPA 滤网', 6, 260]]]], [['WB-2026-023', 'maintenance', -30, 335, 600_000]]],
  ['杭州育才外国语学校', 'company', ['0571-86912300', '13967126611'], '杭州市滨江区滨文路 1 号', '后勤处 许老师', [['中央空调', '美的 MDV-400W', 'MDV400W-20933', 820, 24], ['净水机', '安吉尔 J2905', 'AJ2905-55120', 820, 12, [['超滤膜', 24, 820]]]], [['XS-2024-031', 'sales', -830, null, 128_000_000]]],
  ['绿城·桂语朝阳 精装项目', 'project', ['13605810092'], '杭州市拱墅区石祥路 59 号', '项目集成部移交，共 220 户', [['地暖', '威能 ecoTEC pro', 'VLP-GYCY-0001', 300, 24], ['地暖', '威能 ecoTEC pro', 'VLP-GYCY-0002', 300, 24]], [['AZ-2025-015', 'installation', -420, -300, 264_000_000]]],
  ['滨江·御虹府 样板间', 'project', ['13819199087'], '杭州市上城区秋涛北路 77 号', '', [['新风系统', '兰舍 XF-350', 'LS350-YHF-09', 760, 24]]],
  ['杭州顺达物流有限公司', 'company', ['0571-82876110'], '杭州市萧山区红十五线 9 号', '仓库 24 小时有人', [['空气源热泵', '纽恩泰 NTD-10', 'NT10-SD-3301', 30, 36]], [['DH-2026-112', 'order', -35, null, 8_900_000]]],
  ['黄晓明', 'retail', ['13516812207'], '杭州市西湖区古墩路 701 号 紫金广场 B 座 1203', '', [['净水器', '3M BEV155', '3M-155-20877', 1500, 12]]],
  ['马丽', 'retail', ['15957183320'], '杭州市上城区江锦路 159 号 平安金融中心 2801', '', [['中央空调', '东芝 MiNi SMMS-e', 'TS-SMMSE-7721', 120, 36, [['空调滤网', 6, 120]]]]],
  ['杭州艺家软装设计工作室', 'company', ['0571-89712280'], '杭州市滨江区长河路 351 号 拓森科技园 3 幢', '', [['新风系统', '松下 FY-35ZDP1C', 'PN35Z210011', 354, 12]]],
  ['何俊', 'retail', ['13738076654'], '杭州市余杭区良渚街道 玉鸟路 1 号', '保修期外，已报价更换压缩机', [['中央空调', '三菱电机 MXZ-8C', 'MI-MXZ8C-1907', 2300, 24]]],
];

export async function seedCustomers(s: Services): Promise<void> {
  const today = todayOf(s);
  const day = (n: number) => addDays(today, n);
  const now = s.clock.now().toISOString();
  await s.db.transaction().execute(async (trx) => {
    for (const [name, type, phones, address, notes, equipment, contracts] of CUSTOMERS) {
      const { id } = await insertCustomer(trx, s, systemActor, { name, type, phones, address, notes }, { source: 'demo' });
      let siteId: string | null = null;
      if (type !== 'retail') {
        siteId = newId();
        await trx.insertInto('aftersales_site').values({ id: siteId, customer_id: id, name: type === 'project' ? '项目现场' : '本部', address, contact: notes.split(' ')[1] ?? '', phone: phones[phones.length - 1]!, notes: '', created_at: now, updated_at: now }).execute();
      }
      for (const [eqName, model, serial, ago, months, parts] of equipment) {
        await insertEquipment(trx, s, id, {
          siteId, name: eqName, model, serial, installedOn: ago === null ? null : day(-ago), warrantyMonths: months,
          parts: (parts ?? []).map(([partName, life, partAgo]) => ({ name: partName, serviceLifeMonths: life, installedOn: day(-partAgo) })),
        });
      }
      for (const [number, ctype, startIn, endIn, amountFen] of contracts ?? []) {
        await trx.insertInto('aftersales_contract').values({
          id: newId(), customer_id: id, number, type: ctype, start_on: day(startIn), end_on: endIn === null ? null : day(endIn),
          amount_fen: amountFen, notes: ctype === 'maintenance' ? '每季度上门保养一次' : '', created_at: now, updated_at: now,
        }).execute();
      }
    }
  });
}
